/*
 * Three-way merge of two form states against the last state both had in common, so
 * that two tabs on one form can each keep their changes and ask only on a real clash.
 *
 * The merge works per leaf: an answer (values[id]), a theme's membership, a private
 * flag, a legacy answer as a whole, a list item's field, and a list's order and items.
 * For each leaf: if mine is still the base, theirs wins; if theirs is, mine wins; if
 * both agree, that; otherwise it is a conflict, and the merged state holds mine.
 *
 * A conflict: { path, id, mine, theirs } and, for a list, listId, itemKey and field.
 * path is an array: ['values', id], ['legacy', id], ['lists', listId, itemKey, field],
 * or ['lists', listId] when both sides put the list in a different order (mine and
 * theirs are then the two orders of item keys). When one side removed an item the other
 * edited, `removed` says which side ('mine' or 'theirs'), `item` is the edited item and
 * `order` the item keys of the side that kept it, so the item can be put back in place.
 */
(function () {
  'use strict';

  var GW = window.Gesprekswijzer;
  var has = Object.prototype.hasOwnProperty;

  function isObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
  }

  function copy(value) {
    return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
  }

  function shape(state) {
    var raw = isObject(state) ? state : {};
    return {
      values: isObject(raw.values) ? raw.values : {},
      themes: Array.isArray(raw.themes) ? raw.themes : [],
      lists: isObject(raw.lists) ? raw.lists : {},
      private: isObject(raw.private) ? raw.private : {},
      legacy: isObject(raw.legacy) ? raw.legacy : {}
    };
  }

  // A field typed in and emptied again, or a box ticked and unticked, is no change: the
  // page stores such an answer as '' or leaves it out, depending on how it got there.
  function leaf(value) {
    return value === undefined || value === null || value === false || value === '' ? undefined : value;
  }

  // JSON with sorted keys, so that two equal objects give the same text.
  function stable(value) {
    if (Array.isArray(value)) return '[' + value.map(stable).join(',') + ']';
    if (isObject(value)) {
      return '{' + Object.keys(value).sort().map(function (name) {
        return JSON.stringify(name) + ':' + stable(value[name]);
      }).join(',') + '}';
    }
    return JSON.stringify(value === undefined ? null : value);
  }

  function same(a, b) {
    a = leaf(a);
    b = leaf(b);
    if (a === b) return true;
    if (a === undefined || b === undefined || typeof a !== 'object' || typeof b !== 'object') return false;
    return stable(a) === stable(b);
  }

  function pick(base, mine, theirs) {
    if (same(mine, base)) return { value: theirs };
    if (same(theirs, base) || same(mine, theirs)) return { value: mine };
    return { value: mine, conflict: true };
  }

  function union() {
    var names = [];
    Array.prototype.forEach.call(arguments, function (object) {
      Object.keys(object).forEach(function (name) {
        if (names.indexOf(name) === -1) names.push(name);
      });
    });
    return names;
  }

  function flags(ids) {
    var out = {};
    ids.forEach(function (id) { out[id] = true; });
    return out;
  }

  // Merges an object of leaves (values, private, legacy) into out; returns its conflicts.
  function mergeLeaves(kind, base, mine, theirs, out) {
    var conflicts = [];
    union(base, mine, theirs).forEach(function (id) {
      var result = pick(base[id], mine[id], theirs[id]);
      if (result.value !== undefined) out[id] = copy(result.value);
      if (result.conflict) conflicts.push({ path: [kind, id], id: id, mine: copy(mine[id]), theirs: copy(theirs[id]) });
    });
    return conflicts;
  }

  function keyed(items) {
    var out = {};
    items.forEach(function (item) {
      if (isObject(item) && typeof item.key === 'string') out[item.key] = item;
    });
    return out;
  }

  function keysOf(items) {
    return items.filter(function (item) { return isObject(item) && typeof item.key === 'string'; })
      .map(function (item) { return item.key; });
  }

  function fieldNames(items) {
    var names = union.apply(null, items.filter(Boolean));
    return names.filter(function (name) { return name !== 'key'; });
  }

  function sameList(a, b) {
    return a.length === b.length && a.every(function (value, index) { return value === b[index]; });
  }

  function changedFields(base, item) {
    return fieldNames([base, item]).filter(function (name) { return !same(base[name], item[name]); });
  }

  function mergeItem(listId, key, base, mine, theirs, conflicts) {
    var out = { key: key };
    base = base || {};
    fieldNames([base, mine, theirs]).forEach(function (name) {
      var result = pick(base[name], mine[name], theirs[name]);
      if (result.value !== undefined) out[name] = copy(result.value);
      if (result.conflict) {
        conflicts.push({
          path: ['lists', listId, key, name], id: listId, listId: listId, itemKey: key, field: name,
          mine: copy(mine[name]), theirs: copy(theirs[name])
        });
      }
    });
    return out;
  }

  // An item removed on one side: gone if the other side left it as it was, else the
  // fields the other side edited are conflicts (and mine decides what stays for now).
  function mergeRemoved(listId, key, base, mine, theirs, sides, conflicts) {
    var kept = mine || theirs;
    var removed = mine ? 'theirs' : 'mine';
    var order = mine ? sides.mine : sides.theirs;
    var edited = changedFields(base, kept);
    if (!edited.length) return null;
    edited.forEach(function (name) {
      conflicts.push({
        path: ['lists', listId, key, name], id: listId, listId: listId, itemKey: key, field: name,
        mine: mine ? copy(mine[name]) : undefined, theirs: theirs ? copy(theirs[name]) : undefined,
        removed: removed, item: copy(kept), order: order.slice()
      });
    });
    return mine ? copy(mine) : null;
  }

  // Puts each key of `from` that is not placed yet before the next key of `from` that is,
  // or at the end: the other side's new items land where that side has them.
  function place(order, from, wanted) {
    for (var index = from.length - 1; index >= 0; index -= 1) {
      var key = from[index];
      if (!wanted[key] || order.indexOf(key) !== -1) continue;
      var next = -1;
      for (var after = index + 1; after < from.length && next === -1; after += 1) next = order.indexOf(from[after]);
      if (next === -1) order.push(key);
      else order.splice(next, 0, key);
    }
    return order;
  }

  function mergeList(listId, base, mine, theirs, conflicts) {
    var sides = { base: keysOf(base), mine: keysOf(mine), theirs: keysOf(theirs) };
    var items = { base: keyed(base), mine: keyed(mine), theirs: keyed(theirs) };
    var merged = {};
    union(items.base, items.mine, items.theirs).forEach(function (key) {
      var b = items.base[key];
      var m = items.mine[key];
      var t = items.theirs[key];
      var item = null;
      if (m && t) item = mergeItem(listId, key, b, m, t, conflicts);
      else if (!b && (m || t)) item = copy(m || t);
      else if (m || t) item = mergeRemoved(listId, key, b, m, t, sides, conflicts);
      if (item) merged[key] = item;
    });

    // Only the items all three share tell whether a side moved something.
    function relative(keys) {
      return keys.filter(function (key) { return items.base[key] && items.mine[key] && items.theirs[key]; });
    }
    var before = relative(sides.base);
    var mineMoved = !sameList(relative(sides.mine), before);
    var theirsMoved = !sameList(relative(sides.theirs), before);
    if (mineMoved && theirsMoved && !sameList(relative(sides.mine), relative(sides.theirs))) {
      conflicts.push({ path: ['lists', listId], id: listId, listId: listId, mine: sides.mine.slice(), theirs: sides.theirs.slice() });
    }
    var backbone = mineMoved ? sides.mine : sides.theirs;
    var other = mineMoved ? sides.theirs : sides.mine;
    var order = place(backbone.filter(function (key) { return merged[key]; }), other, merged);
    return order.map(function (key) { return merged[key]; });
  }

  function themeOrder(mine, theirs, chosen) {
    var order = [];
    theirs.concat(mine).forEach(function (id) {
      if (chosen[id] && order.indexOf(id) === -1) order.push(id);
    });
    return order;
  }

  GW.mergeStates = function (base, mine, theirs) {
    base = shape(base);
    mine = shape(mine);
    theirs = shape(theirs);
    var state = { values: {}, themes: [], lists: {}, private: {}, legacy: {} };
    var conflicts = [];
    conflicts = conflicts.concat(mergeLeaves('values', base.values, mine.values, theirs.values, state.values));
    var chosen = {};
    mergeLeaves('themes', flags(base.themes), flags(mine.themes), flags(theirs.themes), chosen);
    state.themes = themeOrder(mine.themes, theirs.themes, chosen);
    mergeLeaves('private', base.private, mine.private, theirs.private, state.private);
    conflicts = conflicts.concat(mergeLeaves('legacy', base.legacy, mine.legacy, theirs.legacy, state.legacy));
    union(base.lists, mine.lists, theirs.lists).forEach(function (listId) {
      function items(side) {
        return Array.isArray(side.lists[listId]) ? side.lists[listId] : [];
      }
      var inMine = has.call(mine.lists, listId);
      var inTheirs = has.call(theirs.lists, listId);
      var merged = mergeList(listId, items(base), items(mine), items(theirs), conflicts);
      if (merged.length || inMine || inTheirs) state.lists[listId] = merged;
    });
    return { state: state, conflicts: conflicts };
  };

  function removeItem(items, key) {
    var index = keysOf(items).indexOf(key);
    if (index !== -1) items.splice(index, 1);
  }

  // Puts an item another side kept back before the next item of that side still here.
  function restoreItem(items, conflict) {
    var keys = keysOf(items);
    var index = keys.indexOf(conflict.itemKey);
    if (index !== -1) return items[index];
    var item = copy(conflict.item);
    var order = conflict.order || [];
    var next = -1;
    for (var after = order.indexOf(conflict.itemKey) + 1; after > 0 && after < order.length && next === -1; after += 1) {
      next = keys.indexOf(order[after]);
    }
    if (next === -1) items.push(item);
    else items.splice(next, 0, item);
    return item;
  }

  function reorder(items, keys) {
    var byKey = keyed(items);
    var sorted = keys.filter(function (key) { return byKey[key]; }).map(function (key) { return byKey[key]; });
    return sorted.concat(items.filter(function (item) { return sorted.indexOf(item) === -1; }));
  }

  function setLeaf(object, name, value) {
    if (value === undefined) delete object[name];
    else object[name] = copy(value);
  }

  // The merged state with every conflict settled for one side: 'mine' or 'theirs'.
  GW.resolveConflicts = function (state, conflicts, side) {
    var out = copy(shape(state));
    var orders = [];
    (conflicts || []).forEach(function (conflict) {
      var kind = conflict.path[0];
      if (kind === 'values' || kind === 'legacy') {
        setLeaf(out[kind], conflict.id, conflict[side]);
        return;
      }
      if (kind !== 'lists') return;
      if (!conflict.itemKey) {
        orders.push(conflict);
        return;
      }
      var items = out.lists[conflict.listId] = out.lists[conflict.listId] || [];
      if (conflict.removed === side) {
        removeItem(items, conflict.itemKey);
        return;
      }
      var item = conflict.removed ? restoreItem(items, conflict) : keyed(items)[conflict.itemKey];
      if (item) setLeaf(item, conflict.field, conflict[side]);
    });
    orders.forEach(function (conflict) {
      out.lists[conflict.listId] = reorder(out.lists[conflict.listId] || [], conflict[side]);
    });
    return out;
  };

  // Whether two states hold the same answers, taking a blank answer as no answer.
  GW.sameStates = function (a, b) {
    function comparable(state) {
      var raw = shape(state);
      var out = { values: {}, themes: raw.themes.slice().sort(), lists: {}, private: {}, legacy: raw.legacy };
      Object.keys(raw.values).forEach(function (id) {
        if (leaf(raw.values[id]) !== undefined) out.values[id] = raw.values[id];
      });
      Object.keys(raw.private).forEach(function (id) {
        if (leaf(raw.private[id]) !== undefined) out.private[id] = raw.private[id];
      });
      Object.keys(raw.lists).forEach(function (id) {
        var items = Array.isArray(raw.lists[id]) ? raw.lists[id] : [];
        if (items.length) out.lists[id] = items.map(function (item) {
          var fields = {};
          Object.keys(item).forEach(function (name) {
            if (leaf(item[name]) !== undefined) fields[name] = item[name];
          });
          return fields;
        });
      });
      return out;
    }
    return stable(comparable(a)) === stable(comparable(b));
  };

  // AddAnother gives an empty list one empty item, with a key of its own in each tab.
  function isPlaceholder(model, listId, items) {
    return Array.isArray(items) && items.length === 1 && Boolean(model.lists[listId]) && model.isEmptyItem(listId, items[0]);
  }

  // A state as the merge of two tabs sees it (model: the form's, model.js): two tabs'
  // empty placeholders are no answer, and must not become two items.
  GW.withoutPlaceholders = function (model, state) {
    var out = copy(state);
    Object.keys(out.lists || {}).forEach(function (listId) {
      if (isPlaceholder(model, listId, out.lists[listId])) out.lists[listId] = [];
    });
    return out;
  };

  // Two tabs' states merged, as mergeStates does. Where the merge left a list empty,
  // mine keeps its own empty item, so that the item (and a cursor in it) stays put.
  GW.mergeTabStates = function (model, base, mine, theirs) {
    var bare = GW.withoutPlaceholders;
    var result = GW.mergeStates(bare(model, base), bare(model, mine), bare(model, theirs));
    Object.keys(mine.lists).forEach(function (listId) {
      var items = result.state.lists[listId];
      if ((!items || !items.length) && isPlaceholder(model, listId, mine.lists[listId])) {
        result.state.lists[listId] = copy(mine.lists[listId]);
      }
    });
    return result;
  };
})();
