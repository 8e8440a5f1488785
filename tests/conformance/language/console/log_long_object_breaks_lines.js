// an object wider than 72 characters is printed one property per line
console.log({
  firstName: "Alexandria",
  lastName: "Montgomery",
  occupation: "software engineer",
  city: "Springfield",
});
