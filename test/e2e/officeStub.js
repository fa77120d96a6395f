// Served in place of https://appsforoffice.microsoft.com/lib/1/hosted/office.js in the
// end-to-end test. A fake Excel host: Office.onReady reports Excel, Excel.run serves the
// workbook in window.__SEED__ ({ sheet, address, values, text, numberFormat, formulas,
// merges }) through just enough of the object model for src/excel, and records what the
// add-in did in window.__excel (syncs per run, selection, fills, notes, formulas).
(function () {
  var seed = window.__SEED__;
  var state = (window.__excel = { runs: [], active: seed.sheet, selected: null, fills: {}, notes: {}, formulas: {}, values: {}, associated: [] });
  var settings = {};

  window.CustomFunctions = {
    associate: function (id) {
      state.associated.push(id);
    },
  };

  window.Office = {
    onReady: function (cb) {
      var info = { host: 'Excel', platform: 'OfficeOnline' };
      if (cb) cb(info);
      return Promise.resolve(info);
    },
    context: {
      requirements: {
        isSetSupported: function (name, version) {
          return name === 'ExcelApi' && Number(version.split('.')[1]) <= 20; // up to ExcelApi 1.20
        },
      },
      document: {
        settings: {
          get: function (k) {
            return k in settings ? settings[k] : null;
          },
          set: function (k, v) {
            settings[k] = v;
          },
          remove: function (k) {
            delete settings[k];
          },
          saveAsync: function (cb) {
            if (cb) cb({ status: 'succeeded' });
          },
        },
      },
    },
  };

  function newContext(run) {
    var queue = [];
    function later(read) {
      var box = {};
      queue.push(function () {
        box.value = read();
      });
      return box;
    }
    function range(cell) {
      var key = seed.sheet + '!' + cell;
      var fill = {
        clear: function () {
          queue.push(function () {
            delete state.fills[key];
          });
        },
      };
      Object.defineProperty(fill, 'color', {
        set: function (v) {
          queue.push(function () {
            state.fills[key] = v;
          });
        },
      });
      var r = {
        format: { fill: fill },
        select: function () {
          queue.push(function () {
            state.selected = key;
          });
        },
        getCellProperties: function () {
          return later(function () {
            return [[{ format: { fill: { color: state.fills[key] || '#FFFFFF', pattern: state.fills[key] ? 'Solid' : 'None' } } }]];
          });
        },
        setCellProperties: function (p) {
          queue.push(function () {
            state.fills[key] = p[0][0].format.fill.color;
          });
        },
      };
      ['values', 'formulas'].forEach(function (prop) {
        Object.defineProperty(r, prop, {
          set: function (v) {
            queue.push(function () {
              state[prop][key] = v;
            });
          },
        });
      });
      r.cell = cell;
      return r;
    }
    function note(cell) {
      var key = seed.sheet + '!' + cell;
      var n = later(function () {
        return state.notes[key] === undefined ? null : state.notes[key];
      });
      return {
        load: function () {},
        get isNullObject() {
          return n.value === null;
        },
        get content() {
          return n.value;
        },
        set content(v) {
          queue.push(function () {
            state.notes[key] = v;
          });
        },
        delete: function () {
          queue.push(function () {
            delete state.notes[key];
          });
        },
      };
    }
    var used = {
      isNullObject: false,
      load: function () {},
      getMergedAreasOrNullObject: function () {
        return { isNullObject: seed.merges === '', address: seed.merges, load: function () {} };
      },
    };
    Object.assign(used, {
      address: seed.sheet + '!' + seed.address,
      rowIndex: 0,
      columnIndex: 0,
      rowCount: seed.values.length,
      columnCount: seed.values[0].length,
      values: seed.values,
      text: seed.text,
      numberFormat: seed.numberFormat,
      formulas: seed.formulas,
    });
    var sheet = {
      name: seed.sheet,
      load: function () {},
      activate: function () {
        queue.push(function () {
          state.active = seed.sheet;
        });
      },
      getUsedRangeOrNullObject: function () {
        return used;
      },
      getRange: range,
      notes: {
        getItemOrNullObject: note,
        add: function (r, content) {
          queue.push(function () {
            state.notes[seed.sheet + '!' + r.cell] = content;
          });
        },
      },
    };
    return {
      workbook: {
        worksheets: {
          // The workbook has the seed's one sheet (readAllSheets loads the list, then reads each).
          items: [sheet],
          load: function () {},
          getActiveWorksheet: function () {
            return sheet;
          },
          getItem: function (name) {
            if (name !== seed.sheet) throw new Error('找不到工作表 ' + name);
            return sheet;
          },
        },
      },
      sync: function () {
        run.syncs++;
        var q = queue;
        queue = [];
        q.forEach(function (f) {
          f();
        });
        return Promise.resolve();
      },
    };
  }

  window.Excel = {
    run: function (a, b) {
      var batch = typeof a === 'function' ? a : b;
      var run = { syncs: 0, options: typeof a === 'function' ? null : a };
      state.runs.push(run);
      return Promise.resolve().then(function () {
        return batch(newContext(run));
      });
    },
  };
})();
