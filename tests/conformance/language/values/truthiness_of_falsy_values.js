// exactly false, 0, -0, "", null, undefined and NaN are falsy
const values = [false, 0, -0, "", null, undefined, NaN];
for (const v of values) {
  console.log(v, Boolean(v), !!v);
}
