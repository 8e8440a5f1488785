// extra properties can be attached to an Error object
const e = new Error("with code");
e.code = "E_CUSTOM";
e.status = 404;
try {
  throw e;
} catch (err) {
  console.log(err.code, err.status, err.message, err === e);
}
