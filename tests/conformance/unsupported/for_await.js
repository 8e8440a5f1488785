// for await loops are not supported yet
async function main(list) {
  for await (const x of list) console.log(x);
}
