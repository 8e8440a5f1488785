// ES module exports are not supported: use module.exports
export const answer = 42;
