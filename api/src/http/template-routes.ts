import path from 'node:path';
import express, { type Router } from 'express';
import { repoRoot } from '../config';
import { templateFiles } from '../interchange-files/templates';

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** /templates/weefsel-template.xlsx and /templates/weefsel-voorbeeld.xlsx: the import templates (no personal data). */
export function templateRoutes(dir = path.join(repoRoot, 'seeds', 'templates')): Router {
  const router = express.Router();
  for (const file of Object.values(templateFiles)) {
    router.get(`/templates/${file}`, (_req, res) => {
      res.type(xlsxType).attachment(file).sendFile(path.join(dir, file));
    });
  }
  return router;
}
