// Introspection's lists are bounded by the schema itself (its types, the most fields on a type, the
// most arguments on a field...), known once the schema is built. The cost estimate counts them at
// those sizes rather than at 100, so a client's introspection query is judged by what it can
// really return, and one that loops through `type { fields { type { fields ... } } }` still is.
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isUnionType,
  type GraphQLField,
  type GraphQLSchema,
} from 'graphql';

type Bounds = ReadonlyMap<string, number>;

const cache = new WeakMap<GraphQLSchema, Bounds>();

function computeBounds(schema: GraphQLSchema): Bounds {
  const types = Object.values(schema.getTypeMap());
  let fields = 0;
  let interfaces = 0;
  let possibleTypes = 0;
  let enumValues = 0;
  let inputFields = 0;
  let args = 0;
  const countArgs = (f: GraphQLField<unknown, unknown>) => (args = Math.max(args, f.args.length));
  for (const t of types) {
    if (isObjectType(t) || isInterfaceType(t)) {
      const own = Object.values(t.getFields());
      fields = Math.max(fields, own.length);
      own.forEach(countArgs);
      interfaces = Math.max(interfaces, t.getInterfaces().length);
    }
    if (isInterfaceType(t) || isUnionType(t))
      possibleTypes = Math.max(possibleTypes, schema.getPossibleTypes(t).length);
    if (isEnumType(t)) enumValues = Math.max(enumValues, t.getValues().length);
    if (isInputObjectType(t)) inputFields = Math.max(inputFields, Object.keys(t.getFields()).length);
  }
  const directives = schema.getDirectives();
  const directiveArgs = Math.max(0, ...directives.map((d) => d.args.length));
  return new Map([
    ['__Schema.types', types.length],
    ['__Schema.directives', directives.length],
    ['__Type.fields', fields],
    ['__Type.interfaces', interfaces],
    ['__Type.possibleTypes', possibleTypes],
    ['__Type.enumValues', enumValues],
    ['__Type.inputFields', inputFields],
    ['__Field.args', args],
    ['__Directive.args', directiveArgs],
  ]);
}

/** The most items `parent.field` can hold when it is an introspection list, else undefined. */
export function introspectionListSize(schema: GraphQLSchema, parent: string, field: string): number | undefined {
  if (!parent.startsWith('__')) return undefined;
  let bounds = cache.get(schema);
  if (!bounds) {
    bounds = computeBounds(schema);
    cache.set(schema, bounds);
  }
  return bounds.get(`${parent}.${field}`);
}
