console.log('crasher starting');
undefinedFunction();
