/**
 * A command-line client that imports the CHOP file of real de-identified PCR results into a running server through
 * its public API only: staff logins, resident logins by one-time code, sampling and the lab CSV upload. It shares no
 * state with the server; see docs/lab-results.md.
 */
package org.healthcode.labimport;
