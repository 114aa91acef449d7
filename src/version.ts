/** The package version, kept in step with package.json by a test. @since 0.1.0 */
export const VERSION = '0.1.0'
