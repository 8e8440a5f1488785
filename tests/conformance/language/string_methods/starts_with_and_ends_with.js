// startsWith and endsWith test prefixes and suffixes
const f = "report.final.txt";
console.log(f.startsWith("report"), f.startsWith("final"));
console.log(f.startsWith("final", 7));
console.log(f.endsWith(".txt"), f.endsWith(".pdf"));
console.log(f.endsWith("report", 6));
