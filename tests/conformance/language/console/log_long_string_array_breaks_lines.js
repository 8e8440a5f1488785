// an array of longer strings wraps across lines
console.log(["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet", "kilo", "lima"]);
console.log(["a", "bb", "ccc", "dddd", "eeeee", "ffffff", "ggggggg"]);
