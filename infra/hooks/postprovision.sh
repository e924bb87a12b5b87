#!/usr/bin/env bash
# Static website hosting cannot be enabled from ARM/Bicep: switch it on after provisioning, signed in as the deployer.
set -euo pipefail
az storage blob service-properties update \
  --account-name "$AZURE_STORAGE_ACCOUNT_NAME" \
  --auth-mode login \
  --static-website \
  --index-document index.html \
  --404-document 404.html
echo "Static website enabled on $AZURE_STORAGE_ACCOUNT_NAME; the site will be at $SITE_URL once the first publish runs."
