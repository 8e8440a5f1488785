// ?. short-circuits to undefined on null or undefined instead of throwing
const user = { profile: { name: "Ana" }, greet() { return "hi"; } };
const nobody = null;
console.log(user.profile?.name);
console.log(user.settings?.theme);
console.log(nobody?.profile.name);
console.log(user.greet?.(), user.missing?.());
console.log(user.list?.[0]);
