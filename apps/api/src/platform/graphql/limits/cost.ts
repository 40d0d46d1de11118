// The cost estimate as a small polynomial over the operation's variables: `decisionRecords(first:
// $n) { edges { node { id } } }` costs 2 + 2n. It is computed once per document and evaluated per
// request with that request's variables, which is a handful of multiplications.

/** A variable standing for a list size, and what it counts as when the request leaves it out. */
interface VariableRef {
  name: string;
  absent: number;
}

function refKey(v: VariableRef): string {
  return `${v.name}:${v.absent}`;
}

/** A list size: a constant times some variables. */
export class Factor {
  static readonly ONE = new Factor(1, []);

  private constructor(
    readonly constant: number,
    readonly variables: readonly VariableRef[],
  ) {}

  static constant(n: number): Factor {
    return new Factor(n, []);
  }

  static variable(name: string, absent: number): Factor {
    return new Factor(1, [{ name, absent }]);
  }

  /** Identifies the factor (fragments are measured once per list size they sit under). */
  get key(): string {
    return `${this.constant}*${this.variables.map(refKey).join('*')}`;
  }
}

interface Term {
  coefficient: number;
  variables: VariableRef[];
}

/** How each variable of the operation counts: its value, else its declared default, else `absent`. */
export type VariableValues = Readonly<Record<string, unknown>>;

export class Cost {
  static readonly ZERO = new Cost(new Map());
  static readonly ONE = new Cost(new Map([['', { coefficient: 1, variables: [] }]]));

  private constructor(private readonly terms: ReadonlyMap<string, Term>) {}

  plus(other: Cost): Cost {
    if (other.terms.size === 0) return this;
    if (this.terms.size === 0) return other;
    const terms = new Map(this.terms);
    for (const [key, t] of other.terms) {
      const mine = terms.get(key);
      terms.set(key, mine ? { coefficient: mine.coefficient + t.coefficient, variables: t.variables } : t);
    }
    return new Cost(terms);
  }

  times(f: Factor): Cost {
    if (f.variables.length === 0 && f.constant === 1) return this;
    const terms = new Map<string, Term>();
    for (const t of this.terms.values()) {
      const variables = [...t.variables, ...f.variables].sort((a, b) => refKey(a).localeCompare(refKey(b)));
      const key = variables.map(refKey).join('*');
      const existing = terms.get(key);
      const coefficient = t.coefficient * f.constant + (existing?.coefficient ?? 0);
      terms.set(key, { coefficient, variables });
    }
    return new Cost(terms);
  }

  /** True when no variable changes the cost: it can be judged once, at validation. */
  get isConstant(): boolean {
    for (const t of this.terms.values()) if (t.variables.length > 0) return false;
    return true;
  }

  /**
   * The cost for one request. A variable counts as its value when it is a number, else as its
   * declared default (`defaults`), else as the size the list has when `first` is left out.
   */
  evaluate(values: VariableValues = {}, defaults: ReadonlyMap<string, number> = new Map()): number {
    let total = 0;
    for (const t of this.terms.values()) {
      let product = t.coefficient;
      for (const v of t.variables) {
        const given = values[v.name];
        const size =
          typeof given === 'number' ? given : given === undefined ? (defaults.get(v.name) ?? v.absent) : v.absent;
        product *= Math.max(0, size);
      }
      total += product;
    }
    return total;
  }

  /** The cost with every variable at `size` (where the variables are not known yet). */
  evaluateAt(size: number): number {
    let total = 0;
    for (const t of this.terms.values()) total += t.coefficient * size ** t.variables.length;
    return total;
  }
}
