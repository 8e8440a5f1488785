console.log('the helper ran');
