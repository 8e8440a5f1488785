// a computed key in an object pattern selects the property dynamically
const key = "color";
const { [key]: value } = { color: "red", size: 3 };
console.log(value);
