// Share links: a program (every file and the host profile) in the URL's fragment, which never
// reaches a server, so a link is private to whoever holds it and may be long.
//   #p=<version>.<data>   data = base64url(deflate-raw(UTF-8(JSON {files: [{name, text}], profile})))
// The loader (index.html) decodes a link before the playground starts; the Share button
// (web/main.cpp) encodes one. Any text round-trips: JSON and UTF-8 carry it, deflate shrinks it.
(function () {
  const kVersion = 1;
  // A link decodes to at most this much JSON: more is refused, never inflated without bound.
  const kMaxDecodedBytes = 200 * 1024;

  // A link that cannot be opened: `message` is the one line the page shows.
  class ShareLinkError extends Error {}

  function toBase64Url(bytes) {
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  function fromBase64Url(text) {
    if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new ShareLinkError('it has characters a share link never has');
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; ++i) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }

  async function collect(stream, limit) {
    const reader = stream.getReader();
    const chunks = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > limit) {
        reader.cancel().catch(() => {});
        throw new ShareLinkError(`its program is larger than ${Math.round(limit / 1024)} kB`);
      }
      chunks.push(value);
    }
    const bytes = new Uint8Array(size);
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.length;
    }
    return bytes;
  }

  // {files: [{name, text}], profile: 'node' | 'browser'} → the fragment "p=1.…" (a promise).
  async function encode(program) {
    const json = JSON.stringify({ files: program.files.map((f) => ({ name: f.name, text: f.text })), profile: program.profile });
    const stream = new Blob([new TextEncoder().encode(json)]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    return 'p=' + kVersion + '.' + toBase64Url(await collect(stream, Infinity));
  }

  // The value of #p= → {files, profile}, or a ShareLinkError saying why not (a promise).
  async function decode(value) {
    const dot = value.indexOf('.');
    const version = Number(dot > 0 ? value.slice(0, dot) : NaN);
    if (!Number.isInteger(version) || version < 1) throw new ShareLinkError('it does not start with a version number');
    if (version > kVersion) throw new ShareLinkError('it was made by a newer version of Threadhouse than this page');
    if (typeof DecompressionStream !== 'function') throw new ShareLinkError('this browser is too old to unpack it');
    let bytes;
    try {
      const compressed = fromBase64Url(value.slice(dot + 1));
      const stream = new Blob([compressed]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
      bytes = await collect(stream, kMaxDecodedBytes);
    } catch (error) {
      if (error instanceof ShareLinkError) throw error;
      throw new ShareLinkError('it is cut short or damaged');
    }
    let program;
    try {
      program = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    } catch (error) {
      throw new ShareLinkError('it is cut short or damaged');
    }
    const files = program && Array.isArray(program.files) ? program.files : [];
    const valid = files.length > 0 && files.every((f) => f && typeof f.name === 'string' && f.name !== '' &&
                                                          typeof f.text === 'string');
    if (!valid) throw new ShareLinkError('it holds no program');
    return { files: files.map((f) => ({ name: f.name, text: f.text })),
             profile: program.profile === 'browser' ? 'browser' : 'node' };
  }

  // The #p= value of a fragment ("#p=1.…&step=3"), or null.
  function fromFragment(hash) {
    return new URLSearchParams(hash.replace(/^#/, '')).get('p');
  }

  window.ThreadhouseShareLink = { encode, decode, fromFragment, ShareLinkError };
})();
