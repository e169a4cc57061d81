//! The file store: where the bytes of uploaded files live. A local folder by
//! default; S3-compatible object storage when configured, so that several
//! app nodes share the same files. Both go through `object_store`.
//! Uploads and downloads stream in chunks: memory does not grow with a
//! file's size.

use std::sync::Arc;

use bytes::Bytes;
use futures_util::stream::BoxStream;
use object_store::path::Path;
use object_store::{ObjectStore, ObjectStoreExt, WriteMultipart};
use sha2::{Digest, Sha256};

use crate::{Result, StoreError};

/// Parts of an upload sent to the store at a time (S3 wants at least 5 MiB per part).
const PART_BYTES: usize = 5 * 1024 * 1024;
/// Parts in flight at once; with [`PART_BYTES`] this bounds an upload's memory.
const PARTS_IN_FLIGHT: usize = 2;

/// Where the bytes go.
#[derive(Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct S3 {
    pub bucket: String,
    /// e.g. `https://s3.example.org` for an S3-compatible service; empty: AWS.
    pub endpoint: String,
    pub region: String,
    pub access_key_id: String,
    pub secret_access_key: String,
    /// Allow `http://` endpoints (a test server on the same machine).
    pub allow_http: bool,
    /// A folder inside the bucket for this ikoe's files (empty: the bucket's top).
    pub prefix: String,
}

// The secret never appears in logs.
impl std::fmt::Debug for S3 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("S3")
            .field("bucket", &self.bucket)
            .field("endpoint", &self.endpoint)
            .field("region", &self.region)
            .field("access_key_id", &self.access_key_id)
            .field(
                "secret_access_key",
                &if self.secret_access_key.is_empty() { "" } else { "***" },
            )
            .finish()
    }
}

#[derive(Clone, Debug)]
pub struct Blobs {
    inner: Arc<dyn ObjectStore>,
    /// Where it is, for the log (no secrets).
    pub describe: String,
}

fn err(e: object_store::Error) -> StoreError {
    StoreError::Blob(e.to_string())
}

impl Blobs {
    /// A folder on this machine (made if missing).
    pub fn local(dir: &std::path::Path) -> Result<Self> {
        std::fs::create_dir_all(dir)
            .map_err(|e| StoreError::Config(format!("cannot create the file folder {}: {e}", dir.display())))?;
        let fs = object_store::local::LocalFileSystem::new_with_prefix(dir).map_err(err)?;
        Ok(Blobs {
            inner: Arc::new(fs),
            describe: format!("folder {}", dir.display()),
        })
    }

    /// S3-compatible object storage. Empty settings fall back to the usual
    /// `AWS_…` environment variables.
    pub fn s3(c: &S3) -> Result<Self> {
        let mut b = object_store::aws::AmazonS3Builder::from_env().with_bucket_name(&c.bucket);
        if !c.endpoint.is_empty() {
            b = b.with_endpoint(&c.endpoint);
        }
        if !c.region.is_empty() {
            b = b.with_region(&c.region);
        }
        if !c.access_key_id.is_empty() {
            b = b.with_access_key_id(&c.access_key_id);
        }
        if !c.secret_access_key.is_empty() {
            b = b.with_secret_access_key(&c.secret_access_key);
        }
        let s3 = b.with_allow_http(c.allow_http).build().map_err(err)?;
        let inner: Arc<dyn ObjectStore> = if c.prefix.is_empty() {
            Arc::new(s3)
        } else {
            Arc::new(object_store::prefix::PrefixStore::new(s3, c.prefix.as_str()))
        };
        Ok(Blobs {
            inner,
            describe: format!(
                "S3 bucket {} at {}",
                c.bucket,
                if c.endpoint.is_empty() { "AWS" } else { &c.endpoint }
            ),
        })
    }

    /// Starts writing an object under `key`.
    pub async fn begin(&self, key: &str) -> Result<BlobUpload> {
        let path = Path::parse(key).map_err(|e| StoreError::Blob(e.to_string()))?;
        let upload = self.inner.put_multipart(&path).await.map_err(err)?;
        Ok(BlobUpload {
            writer: WriteMultipart::new_with_chunk_size(upload, PART_BYTES),
            hasher: Sha256::new(),
            size: 0,
        })
    }

    /// Writes a small object at once (demo and benchmark data).
    pub async fn put(&self, key: &str, bytes: &[u8]) -> Result<(u64, String)> {
        let path = Path::parse(key).map_err(|e| StoreError::Blob(e.to_string()))?;
        self.inner
            .put(&path, bytes::Bytes::copy_from_slice(bytes).into())
            .await
            .map_err(err)?;
        let sha = Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect();
        Ok((bytes.len() as u64, sha))
    }

    /// The object's bytes as a stream of chunks, and its size.
    pub async fn get(&self, key: &str) -> Result<(BoxStream<'static, object_store::Result<Bytes>>, u64)> {
        let path = Path::parse(key).map_err(|e| StoreError::Blob(e.to_string()))?;
        let got = self.inner.get(&path).await.map_err(err)?;
        let size = got.meta.size;
        Ok((got.into_stream(), size))
    }

    /// How many objects the store holds (for checks and tests).
    pub async fn count(&self) -> Result<usize> {
        use futures_util::TryStreamExt;
        let all: Vec<_> = self.inner.list(None).try_collect().await.map_err(err)?;
        Ok(all.len())
    }

    /// The keys of every object (for checks and tests: deletion leaves nothing behind).
    pub async fn keys(&self) -> Result<Vec<String>> {
        use futures_util::TryStreamExt;
        let all: Vec<_> = self.inner.list(None).try_collect().await.map_err(err)?;
        Ok(all.into_iter().map(|m| m.location.to_string()).collect())
    }

    /// Removes an object; one that is already gone is fine.
    pub async fn delete(&self, key: &str) -> Result<()> {
        let path = Path::parse(key).map_err(|e| StoreError::Blob(e.to_string()))?;
        match self.inner.delete(&path).await {
            Ok(()) | Err(object_store::Error::NotFound { .. }) => Ok(()),
            Err(e) => Err(err(e)),
        }
    }
}

/// An object being written: bytes go out in parts while its size and
/// SHA-256 checksum are counted.
pub struct BlobUpload {
    writer: WriteMultipart,
    hasher: Sha256,
    size: u64,
}

impl BlobUpload {
    pub async fn write(&mut self, chunk: &[u8]) -> Result<()> {
        self.writer.wait_for_capacity(PARTS_IN_FLIGHT).await.map_err(err)?;
        self.writer.write(chunk);
        self.hasher.update(chunk);
        self.size += chunk.len() as u64;
        Ok(())
    }

    pub fn size(&self) -> u64 {
        self.size
    }

    /// Completes the object; returns its size and hex SHA-256.
    pub async fn finish(self) -> Result<(u64, String)> {
        let sha = self.hasher.finalize().iter().map(|b| format!("{b:02x}")).collect();
        self.writer.finish().await.map_err(err)?;
        Ok((self.size, sha))
    }

    /// Gives up: nothing is left behind.
    pub async fn abort(self) {
        if let Err(e) = self.writer.abort().await {
            tracing::warn!(error = %e, "aborting an upload failed");
        }
    }
}
