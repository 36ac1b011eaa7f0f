// Stadium wave toy: 16 fans sit in a row; pressing SPACE or clicking sends a wave where fan i jumps 80 px up and back down (200 ms each way) starting i x 60 ms after the press, left to right; presses during a running wave are ignored and a counter shows how many waves were sent.
const FANS = 16;
const BASE_Y = 380;
const JUMP = 80;
const STAGGER_MS = 60;

function preload() {
  const g = this.make.graphics({ x: 0, y: 0 }, false);
  g.fillStyle(0xffffff, 1);
  g.fillCircle(16, 12, 11);
  g.fillRoundedRect(4, 26, 24, 44, 8);
  g.generateTexture('fan', 32, 72);
  g.destroy();
}

function create() {
  this.waves = 0;
  this.waving = false;
  this.add.rectangle(400, BASE_Y + 70, 800, 70, 0x495057);
  this.fans = [];
  for (let i = 0; i < FANS; i++) {
    const colour = Phaser.Display.Color.HSVToRGB(i / FANS, 0.6, 1).color;
    this.fans.push(this.add.image(70 + i * 44, BASE_Y, 'fan').setTint(colour));
  }
  this.counter = this.add.text(20, 20, 'Waves: 0', { fontFamily: 'Impact', fontSize: '28px', color: '#ffe66d' });
  this.add.text(20, 60, 'SPACE or click to start a wave', { fontFamily: 'Arial', fontSize: '16px', color: '#f7fff7' });

  const startWave = () => {
    if (this.waving) return;
    this.waving = true;
    this.waves++;
    this.counter.setText(`Waves: ${this.waves}`);
    this.tweens.add({
      targets: this.fans,
      y: BASE_Y - JUMP,
      duration: 200,
      ease: 'Sine.easeOut',
      yoyo: true,
      delay: (target, key, value, index) => index * STAGGER_MS,
      onComplete: () => {
        this.waving = false;
      }
    });
  };
  this.input.keyboard.on('keydown-SPACE', startWave);
  this.input.on('pointerdown', startWave);
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 500,
  backgroundColor: '#1a535c',
  scene: { preload, create }
});
