// newlines and tabs inside strings in containers are shown escaped
console.log(["line\nbreak", "tab\there"]);
console.log({ k: "back\\slash" });
console.log("line\nbreak at top level");
