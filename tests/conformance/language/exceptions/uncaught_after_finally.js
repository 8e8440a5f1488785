// finally runs before an uncaught error terminates the program
try {
  throw new TypeError("escaping");
} finally {
  console.log("finally ran");
}
