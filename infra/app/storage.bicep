// One storage account: tables (sources, crawl state, researchers, works), queues (crawl-requests, render-requests
// and their -poison), blobs (snapshots, $web static website, deployment package). Shared keys off.
// The static website itself cannot be switched on from ARM: the azd postprovision hook does it.
param name string
param location string
param tags object

resource account 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: {
    allowSharedKeyAccess: false
    allowBlobPublicAccess: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    defaultToOAuthAuthentication: true
  }
}

resource blobs 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: account
  name: 'default'
}

resource deployments 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobs
  name: 'deployments'
}

resource snapshots 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobs
  name: 'snapshots'
}

resource queues 'Microsoft.Storage/storageAccounts/queueServices@2023-05-01' = {
  parent: account
  name: 'default'
}

resource queue 'Microsoft.Storage/storageAccounts/queueServices/queues@2023-05-01' = [for queueName in [ 'crawl-requests', 'crawl-requests-poison', 'render-requests', 'render-requests-poison' ]: {
  parent: queues
  name: queueName
}]

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: account
  name: 'default'
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices/tables@2023-05-01' = [for tableName in [ 'Sources', 'CrawlState', 'Mentions', 'Researchers', 'Works' ]: {
  parent: tableService
  name: tableName
}]

output name string = account.name
output deploymentContainerName string = deployments.name
output staticWebsiteHost string = replace(replace(account.properties.primaryEndpoints.web, 'https://', ''), '/', '')
