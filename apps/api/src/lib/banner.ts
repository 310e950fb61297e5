// What a newcomer sees after `npm start`: where to go and how to sign in. Outside production only
// (server.ts): it is text for a person at a terminal, and the demo sign-ins mean nothing elsewhere.
export function printBanner(info: {
  port: number;
  metricsPort: number;
  embeddedDataDir: string | undefined;
  seeded: string;
}) {
  const base = `http://localhost:${info.port}`;
  const lines = [
    '',
    'Customer Online Services is running',
    `  Portal     ${base}/`,
    `  Console    ${base}/console/`,
    `  API docs   ${base}/api/docs`,
    `  Metrics    http://127.0.0.1:${info.metricsPort}/metrics`,
    `  Database   ${info.embeddedDataDir ? `embedded PostgreSQL in ${info.embeddedDataDir}` : 'DATABASE_URL'}; demo data ${info.seeded}`,
    '',
    'Demo sign-ins (fictional data):',
    '  Parent     demo.parent / sunny meadow lantern 42   (custodial, case 1000000001)',
    '  Parent     demo.payer  / sunny meadow lantern 42   (non-custodial, cases 1000000001 and 1000000002)',
    '  Register   Jordan Avery, born 1988-04-12, SSN 123-45-6780, case 1000000003',
    '  Staff      agent.demo, supervisor.demo, admin.demo / console demo password 2026',
    '             authenticator secret JBSWY3DPEHPK3PXP',
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
