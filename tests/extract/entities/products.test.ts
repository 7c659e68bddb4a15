// Sentences: MEANTIME corpus (Minard et al. 2016), Wikinews, CC BY 4.0.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('products, versions and events are not people or organisations', () => {
  it('a name followed by a model number is a product (MEANTIME 046)', () => {
    const r = names(['The plane is built with four Rolls-Royce Trent 900 engines.']);
    expect(r.people).toEqual([]);
    expect(r.organizations).toEqual([]);
  });

  it('software named after "client", "browser", "code name" is no organisation (MEANTIME 008)', () => {
    const r = names(['Apple reports that Tiger, the code name for this release, includes over 200 new features and new versions of application software such as e-mail client Mail, web browser Safari, and multi-person audio/video/text messaging client iChat.']);
    expect(r.organizations).toEqual([]);
    expect(r.people).toEqual([]);
  });

  it('letters glued to a number are a model, not a name (MEANTIME 057, 108)', () => {
    expect(names(['Apple launches 3G iPhone']).organizations).toEqual([]);
    const r = names(["Even though it now uses Apple's faster A4 processor, iPhone 4 has a claimed seven hours of 3G talk time."]);
    expect(r.organizations).toEqual(['Apple']);
  });

  it('a letter alone is not a name (MEANTIME 032)', () => {
    const r = names(["Mulally says that Ford's decision to name all their cars with the letter F was a lackluster move, and makes their names easily forgettable."]);
    expect(r.organizations).toEqual(['Ford']);
    expect(r.people).toEqual([]);
  });

  it('an event is not a place (MEANTIME 003)', () => {
    const r = names(['The deliveries are scheduled to be in time for the 2008 Beijing Olympic Games.']);
    expect(r.places).toEqual([]);
    expect(r.organizations).toEqual([]);
  });

  it('a product named after its maker is not a person (MEANTIME 017)', () => {
    const r = names(['The St. Louis plant is one of two plants that manufactures the Ford Explorer, whose sales had a 29% decline in 2005.']);
    expect(r.people).toEqual([]);
    expect(r.places).toEqual(['St. Louis']);
  });
});
