// Bakers: each idle baker starts baking; 2 seconds later that baker's bread is done and the baker is idle again
function create() {
  this.bakers = [];
  for (let i = 0; i < 3; i++) {
    const b = this.add.text(100 + i * 220, 280, 'idle', { fontSize: '24px', color: '#ffffff' });
    b.busy = false;
    this.bakers.push(b);
  }
  this.loaves = 0;
  this.total = this.add.text(20, 20, 'Loaves: 0', { fontSize: '20px', color: '#ffdd88' });
}
function update() {
  for (let i = 0; i < this.bakers.length; i++) {
    var baker = this.bakers[i];
    if (baker.busy) continue;
    baker.busy = true;
    baker.setText('baking');
    this.time.delayedCall(2000, () => {
      baker.busy = false;
      baker.setText('idle');
      this.loaves += 1;
      this.total.setText('Loaves: ' + this.loaves);
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: { create, update } });
