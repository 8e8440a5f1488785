// A callback-last, error-first API turned into one that returns promises.
const util = require('util');

function readConfig(name, callback) {
  setTimeout(() => {
    if (name === 'missing') callback(new Error('no such config: ' + name));
    else callback(null, { name, retries: 3 });
  }, 10);
}

const readConfigAsync = util.promisify(readConfig);

async function main() {
  const config = await readConfigAsync('app');
  console.log('loaded', config);
  try {
    await readConfigAsync('missing');
  } catch (error) {
    console.log('failed:', error.message);
  }
}

main().then(() => console.log('done'));
console.log('main started');
