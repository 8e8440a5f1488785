// The page's storage: localStorage where the browser allows it, else memory for this visit
// (a sandboxed iframe, some private modes: there, even reading window.localStorage throws).
// Settings (threadhouse.settings) and saved programs (threadhouse.program.*) go through it, so
// no caller meets an exception.
(function () {
  function probe() {
    try {
      const storage = window.localStorage;
      const key = 'threadhouse.probe';
      storage.setItem(key, '1');
      storage.removeItem(key);
      return storage;
    } catch (error) {
      return null;
    }
  }

  function memoryStorage() {
    const items = new Map();
    return {
      getItem: (key) => (items.has(key) ? items.get(key) : null),
      setItem: (key, value) => { items.set(key, String(value)); },
      removeItem: (key) => { items.delete(key); },
    };
  }

  const local = probe();
  const backing = local || memoryStorage();
  window.ThreadhouseStorage = {
    persistent: local !== null,  // false: what is kept is lost when the page closes
    get(key) {
      try { return backing.getItem(key); } catch (error) { return null; }
    },
    // False when the browser refused (storage full): the caller may tell the learner.
    set(key, value) {
      try { backing.setItem(key, value); return true; } catch (error) { return false; }
    },
    remove(key) {
      try { backing.removeItem(key); } catch (error) { /* nothing to forget */ }
    },
  };
})();
