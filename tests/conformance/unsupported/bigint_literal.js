// BigInt literals are not supported yet
const big = 10n;
