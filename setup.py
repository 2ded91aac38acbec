"Packaging for neurosearch; every setting is read from settings.ini (nbdev 2 layout)."
from configparser import ConfigParser
import setuptools

config = ConfigParser(delimiters=['='])
config.read('settings.ini', encoding='utf-8')
cfg = config['DEFAULT']

statuses = ['1 - Planning', '2 - Pre-Alpha', '3 - Alpha', '4 - Beta', '5 - Production/Stable', '6 - Mature', '7 - Inactive']
py_versions = '3.9 3.10 3.11 3.12'.split()
min_python = cfg['min_python']

requirements = cfg.get('requirements', '').split()
serve_requirements = cfg.get('serve_requirements', '').split()   # `neurosearch serve` (chapter 13)
milvus_requirements = cfg.get('milvus_requirements', '').split()   # the Milvus backend (chapter 15)
dev_requirements = cfg.get('dev_requirements', '').split() + serve_requirements + milvus_requirements
console_scripts = cfg.get('console_scripts', '').split()

setuptools.setup(
    name=cfg['lib_name'],
    version=cfg['version'],
    license='Apache-2.0',
    classifiers=[
        'Development Status :: ' + statuses[int(cfg['status'])],
        'Intended Audience :: ' + cfg['audience'].title(),
        'Natural Language :: ' + cfg['language'].title(),
    ] + ['Programming Language :: Python :: ' + v for v in py_versions[py_versions.index(min_python):]],
    url=cfg['git_url'],
    packages=setuptools.find_namespace_packages(include=['neurosearch', 'neurosearch.*']),
    include_package_data=True,
    package_data={'neurosearch': ['data/esci-sample/*']},
    install_requires=requirements,
    extras_require={'serve': serve_requirements, 'milvus': milvus_requirements, 'dev': dev_requirements},
    python_requires='>=' + min_python,
    long_description=open('README.md', encoding='utf-8').read(),
    long_description_content_type='text/markdown',
    zip_safe=False,
    entry_points={'console_scripts': console_scripts, 'nbdev': [f'{cfg["lib_path"]}={cfg["lib_path"]}._modidx:d']},
    description=cfg['description'],
    author=cfg['author'],
    author_email=cfg['author_email'],
    keywords=cfg['keywords'],
)
