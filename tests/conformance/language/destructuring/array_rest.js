// a rest element collects the remaining array items
const [head, ...tail] = [1, 2, 3, 4];
console.log(head, tail);
const [only, ...none] = [1];
console.log(only, none);
