// ! converts to boolean and negates, !! converts to boolean
console.log(!true, !0, !"", !"x");
console.log(!!1, !!null, !![], !!{});
console.log(!undefined, !NaN);
