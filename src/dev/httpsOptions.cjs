// HTTPS options for the development server (https://localhost:3000).
//
// Windows and macOS: office-addin-dev-certs creates a developer CA, installs it in the
// system's trust store (it asks once) and returns the localhost certificate.
// Linux: its installer runs `sudo`, which root-only machines and containers lack, and no
// Office client runs there anyway (only Excel on the web, in a browser that is told to
// trust the CA by hand). So on Linux we only generate the same files, without installing.
const fs = require('node:fs');
const devCerts = require('office-addin-dev-certs');
const defaults = require('office-addin-dev-certs/lib/defaults');

const DAYS_VALID = 30;

function readCertificates() {
  return {
    ca: fs.readFileSync(defaults.caCertificatePath),
    cert: fs.readFileSync(defaults.localhostCertificatePath),
    key: fs.readFileSync(defaults.localhostKeyPath),
  };
}

function certificatesAreFresh() {
  try {
    const ageDays = (Date.now() - fs.statSync(defaults.localhostCertificatePath).mtimeMs) / 86_400_000;
    return ageDays < DAYS_VALID - 1 && fs.existsSync(defaults.localhostKeyPath) && fs.existsSync(defaults.caCertificatePath);
  } catch {
    return false;
  }
}

async function httpsOptions() {
  if (process.platform !== 'linux') return devCerts.getHttpsServerOptions(DAYS_VALID);
  if (!certificatesAreFresh()) await devCerts.generateCertificates(undefined, undefined, undefined, DAYS_VALID);
  return readCertificates();
}

module.exports = { httpsOptions, caCertificatePath: defaults.caCertificatePath };
