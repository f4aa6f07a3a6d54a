import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generate, OUTPUT } from '../scripts/codegen.ts';

// The resolver types are generated from schema/schema.graphql and committed; a schema change
// without `npm run codegen` fails here (and `npm run build`), so resolvers are always checked
// against the schema the server serves.
describe('resolver types', () => {
  it('src/api/resolvers-types.generated.ts is what the schema gives (run `npm run codegen` if not)', async () => {
    expect(readFileSync(OUTPUT, 'utf8') === (await generate()), 'run `npm run codegen` and commit the result').toBe(
      true,
    );
  });
});
