// Measures a GraphQL document before anything runs: per operation, its depth, aliases, directives
// and an estimate of its cost, where every field costs 1 times the sizes of the lists around it (a
// list counts as its `first`, 20 when a connection is asked without it, 100 when nothing bounds
// it). A `first` given as a variable stays a variable here, so one analysis per document serves
// every request that sends it (see cost.ts). Fragments are measured once each, however often they
// are spread, so a document that nests spreads cannot make this walk exponential.
import {
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { Cost, Factor } from './cost.js';
import { introspectionListSize } from './introspection-bounds.js';

/** A connection asked without `first` gets this many edges (the lists' default page). */
export const CONNECTION_DEFAULT_SIZE = 20;
/** A list nothing bounds counts as this many items. */
export const UNBOUNDED_LIST_SIZE = 100;

export interface OperationMeasure {
  /** The deepest field: `{ a { b } }` has depth 2. */
  depth: number;
  aliases: number;
  directives: number;
  cost: Cost;
  /** The cost of its introspection (`__schema`, `__type`), held to its own ceiling (introspection-bounds.ts). */
  introspection: number;
  /** Declared defaults of the operation's Int variables (`query ($n: Int = 50)`), for the cost. */
  defaults: ReadonlyMap<string, number>;
}

interface Measure {
  depth: number;
  aliases: number;
  directives: number;
  cost: Cost;
  introspection: Cost;
}

const EMPTY: Measure = { depth: 0, aliases: 0, directives: 0, cost: Cost.ZERO, introspection: Cost.ZERO };

function combine(into: Measure, part: Measure, depthOffset: number, scale: Factor): void {
  into.depth = Math.max(into.depth, part.depth === 0 ? 0 : part.depth + depthOffset);
  into.aliases += part.aliases;
  into.directives += part.directives;
  into.cost = into.cost.plus(part.cost.times(scale));
  into.introspection = into.introspection.plus(part.introspection.times(scale));
}

/** The size a `first` argument gives a list: a literal, a variable, or the default when absent. */
function firstFactor(node: FieldNode, absent: number): Factor {
  const arg = node.arguments?.find((a) => a.name.value === 'first');
  return arg ? factorOf(arg.value, absent) : Factor.constant(absent);
}

function factorOf(value: ValueNode, absent: number): Factor {
  if (value.kind === Kind.INT) return Factor.constant(Math.max(0, Number(value.value)));
  if (value.kind === Kind.VARIABLE) return Factor.variable(value.name.value, absent);
  // null, or a value of the wrong kind that validation refuses anyway.
  return Factor.constant(absent);
}

function fieldDef(schema: GraphQLSchema, parent: GraphQLCompositeType | null, name: string) {
  if (!parent) return undefined;
  if (parent === schema.getQueryType()) {
    if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
    if (name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
  }
  if (isObjectType(parent) || isInterfaceType(parent)) return parent.getFields()[name];
  return undefined;
}

/** A connection: a field with a `first` argument whose type has a list of `edges`. */
function isConnectionField(def: GraphQLField<unknown, unknown>): boolean {
  const type = getNamedType(def.type);
  if (!def.args.some((a) => a.name === 'first') || !(isObjectType(type) || isInterfaceType(type))) return false;
  const edges = type.getFields().edges;
  return edges !== undefined && isListType(getNullableType(edges.type));
}

class Analyser {
  /** Fragment name + the edges size it was measured under -> its measure relative to its spread. */
  private readonly fragments = new Map<string, Measure>();
  private readonly definitions = new Map<string, FragmentDefinitionNode>();
  private readonly onStack = new Set<string>();

  constructor(
    private readonly schema: GraphQLSchema,
    document: DocumentNode,
  ) {
    for (const d of document.definitions)
      if (d.kind === Kind.FRAGMENT_DEFINITION) this.definitions.set(d.name.value, d);
  }

  operation(op: OperationDefinitionNode): OperationMeasure {
    const root =
      op.operation === 'query'
        ? this.schema.getQueryType()
        : op.operation === 'mutation'
          ? this.schema.getMutationType()
          : this.schema.getSubscriptionType();
    const m = this.selectionSet(op.selectionSet, root ?? null, null);
    const defaults = new Map<string, number>();
    for (const v of op.variableDefinitions ?? []) {
      if (v.defaultValue?.kind === Kind.INT) defaults.set(v.variable.name.value, Number(v.defaultValue.value));
    }
    return {
      ...m,
      directives: m.directives + (op.directives?.length ?? 0),
      introspection: m.introspection.evaluate(),
      defaults,
    };
  }

  /**
   * Measures a selection set relative to its parent: depths count from 0, costs from a multiplier
   * of 1. `edges` is the size of the connection whose type this selection set selects on, if any.
   */
  private selectionSet(set: SelectionSetNode, parent: GraphQLCompositeType | null, edges: Factor | null): Measure {
    const m: Measure = { ...EMPTY };
    for (const s of set.selections) {
      m.directives += s.directives?.length ?? 0;
      if (s.kind === Kind.FIELD) {
        combine(m, this.field(s, parent, edges), 0, Factor.ONE);
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        const type = s.typeCondition ? this.schema.getType(s.typeCondition.name.value) : parent;
        combine(m, this.selectionSet(s.selectionSet, isCompositeType(type) ? type : null, edges), 0, Factor.ONE);
      } else {
        combine(m, this.fragment(s.name.value, edges), 0, Factor.ONE);
      }
    }
    return m;
  }

  private fragment(name: string, edges: Factor | null): Measure {
    const key = `${name}|${edges?.key ?? ''}`;
    const known = this.fragments.get(key);
    if (known) return known;
    const def = this.definitions.get(name);
    // An unknown fragment or a cycle: standard validation refuses the document; count nothing here.
    if (!def || this.onStack.has(name)) return EMPTY;
    this.onStack.add(name);
    const type = this.schema.getType(def.typeCondition.name.value);
    const m = this.selectionSet(def.selectionSet, isCompositeType(type) ? type : null, edges);
    m.directives += def.directives?.length ?? 0;
    this.onStack.delete(name);
    this.fragments.set(key, m);
    return m;
  }

  private field(node: FieldNode, parent: GraphQLCompositeType | null, edges: Factor | null): Measure {
    // `__Type.ofType` unwraps a list or non-null one to one and ends at the named type: the standard
    // introspection query nests it seven times, which must not make it deeper than the limit.
    const own = parent?.name === '__Type' && node.name.value === 'ofType' ? 0 : 1;
    const m: Measure = { ...EMPTY, depth: own, aliases: node.alias ? 1 : 0, cost: Cost.ONE };
    if (!node.selectionSet) return m;
    const def = fieldDef(this.schema, parent, node.name.value);
    const type = def ? getNamedType(def.type) : undefined;
    const childParent = isCompositeType(type) ? type : null;
    let itemFactor = Factor.ONE;
    if (def && isListType(getNullableType(def.type))) {
      const bound = parent ? introspectionListSize(this.schema, parent.name, node.name.value) : undefined;
      if (bound !== undefined) itemFactor = Factor.constant(bound);
      else if (node.name.value === 'edges' && edges) itemFactor = edges;
      else if (def.args.some((a) => a.name === 'first')) itemFactor = firstFactor(node, UNBOUNDED_LIST_SIZE);
      else itemFactor = Factor.constant(UNBOUNDED_LIST_SIZE);
    }
    const childEdges = def && isConnectionField(def) ? firstFactor(node, CONNECTION_DEFAULT_SIZE) : null;
    combine(m, this.selectionSet(node.selectionSet, childParent, childEdges), own, itemFactor);
    // Introspection is counted apart: its lists are the schema's own, so its ceiling follows the schema.
    if (def === SchemaMetaFieldDef || def === TypeMetaFieldDef) {
      return { ...m, cost: Cost.ZERO, introspection: m.introspection.plus(m.cost) };
    }
    return m;
  }
}

/** Every operation of `document` measured; fragments are shared between operations' walks. */
export function analyseDocument(
  schema: GraphQLSchema,
  document: DocumentNode,
): Map<OperationDefinitionNode, OperationMeasure> {
  const analyser = new Analyser(schema, document);
  const result = new Map<OperationDefinitionNode, OperationMeasure>();
  for (const d of document.definitions) {
    if (d.kind === Kind.OPERATION_DEFINITION) result.set(d, analyser.operation(d));
  }
  return result;
}
