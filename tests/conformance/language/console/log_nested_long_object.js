// a nested object that is too wide breaks lines with indentation
console.log({
  user: { id: 12345, name: "Jordan Example", roles: ["admin", "editor", "viewer"] },
  settings: { theme: "dark", notifications: true },
});
