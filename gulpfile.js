'use strict';

const build = require('@microsoft/sp-build-web');

build.addSuppression(`Warning - [sass] The local CSS class 'ms-Grid' is not camelCase and will not be type-safe.`);

var getTasks = build.rig.getTasks;
build.rig.getTasks = function () {
  var result = getTasks.call(build.rig);

  result.set('serve', result.get('serve-deprecated'));

  return result;
};

// Public holidays as build-time tables instead of the date-holidays library (see config/webpack/holidayTables.js),
// and a compact summary of what each chunk holds for the bench and the third-party notices (bundleStats.js).
build.configureWebpack.mergeConfig({
  additionalConfiguration: (config) =>
    require('./config/webpack/bundleStats').bundleStats(
      require('./config/webpack/holidayTables').holidayTables(config),
      __dirname
    )
});

build.initialize(require('gulp'));
