// null and undefined are loosely equal only to each other
console.log(null == undefined);
console.log(null == 0);
console.log(undefined == 0);
console.log(null == false);
console.log(undefined == "");
console.log(null != undefined);
