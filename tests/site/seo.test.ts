/** The warning a build gives when the site's public address is not set. */
import { describe, it, expect } from 'vitest';
import { siteUrlWarning, siteUrl } from '../../src/site/seo.js';

describe('siteUrlWarning', () => {
  it('warns when every absolute URL would name localhost, and not when an address is set', () => {
    // package.json has no "homepage": the default applies without the variable.
    expect(siteUrl({})).toBe('http://localhost:8080');
    expect(siteUrlWarning({})).toMatch(/^no public site address is set: .* name http:\/\/localhost:8080\. Set NEWS_ARCHIVE_SITE_URL/);
    expect(siteUrlWarning({ NEWS_ARCHIVE_SITE_URL: 'https://news.example.org/' })).toBeNull();
    // An address that is no http(s) URL is not one.
    expect(siteUrlWarning({ NEWS_ARCHIVE_SITE_URL: 'news.example.org' })).not.toBeNull();
  });
});
