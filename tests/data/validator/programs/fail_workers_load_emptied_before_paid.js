// Resource gathering: workers walk from the town hall to the gold mine, mine for one second, carry 10 gold back and deposit it; press W to train another worker for 50 gold.
class GatherScene extends Phaser.Scene {
  constructor() {
    super({ key: 'GatherScene' });
  }

  preload() {
    const g = this.make.graphics({ x: 0, y: 0 }, false);
    g.fillStyle(0xffdd55).fillCircle(8, 8, 8).generateTexture('worker', 16, 16);
    g.clear().fillStyle(0x4466cc).fillRect(0, 0, 90, 90).generateTexture('hall', 90, 90);
    g.clear().fillStyle(0x888888).fillTriangle(0, 80, 45, 0, 90, 80).generateTexture('mine', 90, 80);
    g.destroy();
  }

  create() {
    this.hall = this.add.image(180, 300, 'hall');
    this.mine = this.add.image(620, 300, 'mine');
    this.add.text(180, 360, 'Town Hall', { fontSize: '14px' }).setOrigin(0.5, 0);
    this.add.text(620, 360, 'Gold Mine', { fontSize: '14px' }).setOrigin(0.5, 0);

    this.goldText = this.add.text(16, 16, 'Gold: 0', { fontSize: '20px', color: '#ffe066' });
    this.events.on('changedata-gold', (scene, value) => this.goldText.setText(`Gold: ${value}`));
    this.data.set('gold', 0);

    this.workers = this.physics.add.group();
    for (let i = 0; i < 3; i++) {
      this.time.delayedCall(i * 700, () => this.spawnWorker());
    }

    this.input.keyboard.on('keydown-W', () => {
      if (this.data.get('gold') >= 50) {
        this.data.inc('gold', -50);
        this.spawnWorker();
      }
    });
  }

  spawnWorker() {
    const worker = this.workers.create(this.hall.x, this.hall.y, 'worker');
    worker.setData({ state: 'toMine', carry: 0 });
    this.physics.moveToObject(worker, this.mine, 120);
  }

  arrived(worker, building) {
    return Phaser.Math.Distance.Between(worker.x, worker.y, building.x, building.y) < 40;
  }

  update() {
    this.workers.getChildren().forEach((worker) => {
      const state = worker.getData('state');
      if (state === 'toMine' && this.arrived(worker, this.mine)) {
        worker.body.stop();
        worker.setData('state', 'mining');
        this.time.delayedCall(1000, () => {
          worker.setData({ state: 'toHall', carry: 10 });
          this.physics.moveToObject(worker, this.hall, 120);
        });
      } else if (state === 'toHall' && this.arrived(worker, this.hall)) {
        worker.body.stop();
        worker.setData({ state: 'toMine', carry: 0 });
        this.data.inc('gold', worker.getData('carry'));
        this.physics.moveToObject(worker, this.mine, 120);
      }
    });
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#35502e',
  physics: { default: 'arcade' },
  scene: [GatherScene]
});
