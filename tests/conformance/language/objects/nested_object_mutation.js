// nested objects are reached through chained property access
const cfg = { db: { host: "h", ports: [1, 2] } };
cfg.db.host = "new";
cfg.db.ports.push(3);
cfg.db["user"] = "root";
console.log(cfg);
