// The scope of an application as one tree: townships with their villages. Ticking a township means all
// its villages (targetTownshipIds); villages ticked one by one go to targetVillageIds. Organisation ids
// are unique across types, so the tree's values are the organisations' own ids.
import type { Org } from '@/lib/orgs';

export type TargetNode = {
  value: number;
  /** shown in the tree */
  title: string;
  /** shown in the field once chosen */
  label: string;
  children?: TargetNode[];
};

export type Targets = { townshipIds: number[]; villageIds: number[] };

/**
 * Townships (by name) with their villages as children; villages whose township is not in the list stand
 * alone at the end. `wholeTownship` names a ticked township in the field.
 */
export function targetTree(orgs: readonly Org[] | undefined, wholeTownship: (name: string) => string): TargetNode[] {
  const list = orgs ?? [];
  const byName = (a: Org, b: Org) => a.name.localeCompare(b.name, 'zh-Hans-CN');
  const townships = list.filter((o) => o.type === 'TOWNSHIP').sort(byName);
  const townshipIds = new Set(townships.map((o) => o.id));
  const villages = list.filter((o) => o.type === 'VILLAGE').sort(byName);
  const leaf = (v: Org): TargetNode => ({ value: v.id, title: v.name, label: v.name });
  const tree: TargetNode[] = townships.map((t) => ({
    value: t.id,
    title: t.name,
    label: wholeTownship(t.name),
    children: villages.filter((v) => v.parentId === t.id).map(leaf),
  }));
  return [...tree, ...villages.filter((v) => v.parentId === null || !townshipIds.has(v.parentId)).map(leaf)];
}

/**
 * The tree's checked values (a township stands for all its villages) split into townships and villages.
 * An id the list does not know (not loaded, or removed) stays on the side it was on before.
 */
export function splitTargets(values: readonly number[], orgs: readonly Org[] | undefined, before: Targets): Targets {
  const types = new Map((orgs ?? []).map((o) => [o.id, o.type]));
  const townshipIds: number[] = [];
  const villageIds: number[] = [];
  for (const id of values) {
    const type = types.get(id);
    const village = type === undefined ? before.villageIds.includes(id) : type === 'VILLAGE';
    (village ? villageIds : townshipIds).push(id);
  }
  return { townshipIds, villageIds };
}
