// Proxy is not supported yet
const target = {};
const p = new Proxy(target, {});
