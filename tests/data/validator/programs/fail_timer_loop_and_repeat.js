// loop: true wins over repeat: 7, so the drops never stop at eight and 'Done' never shows
const TOTAL = 8;

function preload() {}

function create() {
  this.spawned = 0;
  this.time.addEvent({ delay: 300, loop: true, repeat: TOTAL - 1, callback: spawnDrop, callbackScope: this });
}

function spawnDrop() {
  const drop = this.add.ellipse(Phaser.Math.Between(20, 780), 40, 10, 22, 0x5dade2);
  this.tweens.add({ targets: drop, y: 620, duration: 1500, onComplete: () => drop.destroy() });
  this.spawned++;
  if (this.spawned === TOTAL) this.add.text(400, 300, 'Done', { fontSize: '48px', color: '#ffffff' }).setOrigin(0.5);
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: { preload, create } });
