/**
 * Figures as data: a plugin describes series, axes and a chart kind; the reports render them
 * without knowing the plugin. JDK-only records, no chart library.
 */
package org.recbench.api.figure;
