import { describe, expect, it } from 'vitest';
import { regionFromHash } from '../../../src/scripts/region-choice';

describe('region choice', () => {
  it('reads the region from a fragment like #regio-twente, and nothing else', () => {
    expect(regionFromHash('#regio-twente')).toBe('twente');
    expect(regionFromHash('#regio-zuidoostbrabant')).toBe('zuidoostbrabant');
    expect(regionFromHash('#startdata')).toBeUndefined();
    expect(regionFromHash('#regio-"x"')).toBeUndefined();
    expect(regionFromHash('')).toBeUndefined();
  });
});
