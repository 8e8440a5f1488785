// regular expression literals are not supported yet
const words = 'a b c';
console.log(words.split(/ /));
