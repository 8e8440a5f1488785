// several case labels can share one body
function kind(ch) {
  switch (ch) {
    case "a": case "e": case "i": case "o": case "u":
      return "vowel";
    case " ":
      return "space";
    default:
      return "consonant";
  }
}
console.log("hi you".split("").map(kind).join(" "));
