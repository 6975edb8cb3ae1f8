'use strict';

const build = require('@microsoft/sp-build-web');

build.addSuppression(`Warning - [sass] The local CSS class 'ms-Grid' is not camelCase and will not be type-safe.`);

var getTasks = build.rig.getTasks;
build.rig.getTasks = function () {
  var result = getTasks.call(build.rig);

  result.set('serve', result.get('serve-deprecated'));

  return result;
};

// Public holidays as build-time tables instead of the date-holidays library (see config/webpack/holidayTables.js).
build.configureWebpack.mergeConfig({
  additionalConfiguration: (config) => require('./config/webpack/holidayTables').holidayTables(config)
});

build.initialize(require('gulp'));
