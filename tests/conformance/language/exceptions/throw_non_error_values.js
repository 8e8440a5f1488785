// any value can be thrown and caught unchanged
for (const v of [42, "text", null, { code: 7 }, [1, 2]]) {
  try {
    throw v;
  } catch (e) {
    console.log(typeof e, e);
  }
}
